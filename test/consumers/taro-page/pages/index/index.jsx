// Mini App page code as it runs on WeChat, unchanged: Taro.* calls, callbacks and Promises.
// Every answer is also kept on window.__results for scripts/consumers/runtimes.mjs to read.
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import 'wx-image-kit/chooser';

const PHOTO = '/Landscape_6.jpg';

export default function Index() {
  const [lines, setLines] = useState([]);
  const [chosen, setChosen] = useState('');

  const record = (name) => (result) => {
    window.__results = { ...window.__results, [name]: result };
    setLines((previous) => [...previous, `${name}: ${JSON.stringify(result)}`]);
  };

  useEffect(() => {
    Taro.getImageInfo({ src: PHOTO, success: record('getImageInfo'), fail: record('getImageInfo') });
    Taro.compressImage({ src: PHOTO, quality: 40 }).then(record('compressImage'), record('compressImage'));
    // Not one of the kit's APIs: stays Taro's.
    record('getSystemInfoSync')({ platform: Taro.getSystemInfoSync().platform });
  }, []);

  const choose = () =>
    Taro.chooseImage({
      count: 1,
      sizeType: ['original'],
      sourceType: ['album'],
      success: (result) => {
        record('chooseImage')(result);
        setChosen(result.tempFilePaths[0]);
        Taro.getImageInfo({ src: result.tempFilePaths[0] }).then(record('chosenInfo'), record('chosenInfo'));
      },
      fail: record('chooseImage'),
    });

  const preview = () => Taro.previewImage({ urls: [chosen, PHOTO], current: chosen, fail: record('previewImage') });

  const upload = () =>
    Taro.uploadFile({
      url: `${location.origin}/upload`,
      filePath: chosen,
      name: 'photo',
      success: (result) => record('uploadFile')({ statusCode: result.statusCode, data: result.data }),
      fail: record('uploadFile'),
    });

  return (
    <View className="index">
      <wx-image-chooser id="chooser"></wx-image-chooser>
      <Button id="choose" onClick={choose}>Choose</Button>
      <Button id="preview" onClick={preview} disabled={!chosen}>View</Button>
      <Button id="upload" onClick={upload} disabled={!chosen}>Upload</Button>
      {lines.map((line) => (
        <View key={line}>{line}</View>
      ))}
    </View>
  );
}
